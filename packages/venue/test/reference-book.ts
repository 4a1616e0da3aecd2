/** An obviously correct, slow reference book: arrays re-sorted on every query. */
import type { Side } from '@faultline/venue';

export interface RefOrder {
  orderId: number;
  accountIndex: number;
  side: Side;
  priceTicks: number;
  sizeLots: number;
}

export class ReferenceBook {
  orders: RefOrder[] = [];

  private sorted(side: Side): RefOrder[] {
    return this.orders
      .filter((o) => o.side === side)
      .sort((a, b) => (side === 1 ? b.priceTicks - a.priceTicks : a.priceTicks - b.priceTicks) || a.orderId - b.orderId);
  }

  best(side: Side): number | undefined {
    return this.sorted(side)[0]?.priceTicks;
  }

  /** Fills as [makerId, sizeLots, priceTicks]; self-trades cancel the resting order. */
  match(taker: { accountIndex: number; side: Side; limitPriceTicks: number | undefined; sizeLots: number }): { fills: Array<[number, number, number]>; remaining: number } {
    const fills: Array<[number, number, number]> = [];
    let remaining = taker.sizeLots;
    for (const maker of this.sorted(taker.side === 1 ? 2 : 1)) {
      if (remaining === 0) break;
      if (taker.limitPriceTicks !== undefined && (taker.side === 1 ? maker.priceTicks > taker.limitPriceTicks : maker.priceTicks < taker.limitPriceTicks)) break;
      if (maker.accountIndex === taker.accountIndex) {
        this.orders = this.orders.filter((o) => o !== maker);
        continue;
      }
      const size = Math.min(maker.sizeLots, remaining);
      maker.sizeLots -= size;
      remaining -= size;
      fills.push([maker.orderId, size, maker.priceTicks]);
      if (maker.sizeLots === 0) this.orders = this.orders.filter((o) => o !== maker);
    }
    return { fills, remaining };
  }

  canonical(): Array<[number, number]> {
    return [...this.sorted(1), ...this.sorted(2)].map((o) => [o.orderId, o.sizeLots]);
  }
}
