/**
 * A fault-injecting TCP proxy for one nats-server cluster route: node `from` dials its route to
 * node `to` through this proxy. `cut()` destroys every connection it carries and refuses new ones
 * (accept, then destroy at once), so both servers really lose the route's TCP connection and see
 * their reconnect attempts fail; `heal()` lets connections through again.
 *
 * Why a proxy and not network namespaces joined by veth pairs: a proxy needs no privileges
 * (tests and CI run as any user), leaves no kernel state behind when the run dies (a namespace or
 * a veth outlives a SIGKILLed orchestrator), and cuts exactly the routes — the services keep their
 * client connections, as when a link between two broker hosts fails.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export class RouteProxy {
  private readonly sockets = new Set<Socket>();
  private cutNow = false;

  private constructor(
    readonly from: number,
    readonly to: number,
    private readonly server: Server,
    readonly port: number,
  ) {}

  /** Listens on a free loopback port and forwards every connection to 127.0.0.1:targetPort. */
  static async start(from: number, to: number, targetPort: number): Promise<RouteProxy> {
    const server = createServer();
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => done());
    });
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('assert: a TCP listener has a port');
    const proxy = new RouteProxy(from, to, server, address.port);
    server.on('connection', (inbound) => proxy.accept(inbound, targetPort));
    return proxy;
  }

  get isCut(): boolean {
    return this.cutNow;
  }

  /** Drops every connection through this route and refuses new ones until heal(). */
  cut(): void {
    this.cutNow = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  heal(): void {
    this.cutNow = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private accept(inbound: Socket, targetPort: number): void {
    if (this.cutNow) {
      inbound.destroy();
      return;
    }
    const outbound = connect({ host: '127.0.0.1', port: targetPort });
    for (const socket of [inbound, outbound]) {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      // One side gone (a killed node, a cut): the other goes too, as a broken link would.
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound);
    outbound.pipe(inbound);
  }
}
