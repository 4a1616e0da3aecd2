/**
 * The compiled decoder hands out a short ASCII string it decoded before when the same bytes come
 * again (decode.ts, knownAscii: one string per slot of a direct-mapped table, found by a hash of
 * the bytes). Whatever the table holds, every string decodes to its own bytes: ids that share a
 * slot (more ids than slots; ids found to collide, of one length and of two), ids one char apart,
 * a held string that is a prefix of the next one, and strings with a byte of 128 or more, which
 * are never held (a valid UTF-8 one is protobufjs' string, an invalid one is still refused).
 */
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, decodeMessage, encodeMessage } from '@faultline/protocol';

const clientIdOf = (id: string): string => {
  const tx = decodeMessage('Transaction', encodeMessage('Transaction', { clientId: id, nonce: 1, placeOrder: { accountId: id } }));
  expect(tx.ok).toBe(true);
  const value = (tx as { value: { clientId: string; placeOrder: { accountId: string } } }).value;
  expect(value.placeOrder.accountId).toBe(id);
  return value.clientId;
};

/** Envelope bytes with `sender` set to exactly these bytes (field 2, wire type 2), then a body. */
function envelopeWithSender(sender: Uint8Array): Uint8Array {
  const body = encodeMessage('Envelope', { seq: 1, ping: {} } as never);
  return Uint8Array.from([0x12, sender.length, ...sender, ...body]);
}

/** The slot decode.ts's table gives these bytes (its hash, written again here to find ids that collide). */
const SLOTS = 1 << 16;
function slotOf(id: string): number {
  let h = id.length;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h ^ (h >>> 16)) & (SLOTS - 1);
}

/** The first id of `candidates` (after `skip`) in the same slot as `id`. */
function collidingWith(id: string, candidates: (k: number) => string, skip = 0): string {
  for (let k = skip; k < 1_000_000; k++) {
    const other = candidates(k);
    if (other !== id && slotOf(other) === slotOf(id)) return other;
  }
  throw new Error(`no id collides with ${id}`);
}

describe('short strings decoded before', () => {
  it('more ids than slots, decoded twice in two orders: each its own string', () => {
    const ids = Array.from({ length: 3 * SLOTS }, (_, k) => (k % 3 === 0 ? `trader-${k}` : k % 3 === 1 ? `acct-${k}` : `v${k}`));
    for (const id of ids) expect(clientIdOf(id)).toBe(id);
    for (let k = ids.length - 1; k >= 0; k -= 7) expect(clientIdOf(ids[k] as string)).toBe(ids[k]);
  });

  it('two ids of one length in the same slot, alternating: each its own string', () => {
    const a = 'trader-1';
    const b = collidingWith(a, (k) => `t${k.toString(36).padStart(a.length - 1, '0')}`);
    expect(b.length).toBe(a.length);
    for (let round = 0; round < 4; round++) {
      expect(clientIdOf(a)).toBe(a);
      expect(clientIdOf(b)).toBe(b);
      expect(clientIdOf(b)).toBe(b);
    }
  });

  it('a held id that is a prefix of the next one in its slot, and the other way round', () => {
    // Ids whose first chars are a held shorter id's: only the length tells them apart.
    const short = 'acct-7';
    const long = collidingWith(short, (k) => `${short}${k}`);
    expect(long.startsWith(short)).toBe(true);
    for (let round = 0; round < 3; round++) {
      expect(clientIdOf(short)).toBe(short);
      expect(clientIdOf(long)).toBe(long);
    }
  });

  it('ids one char apart (the first, a middle and the last char), each after the other', () => {
    const base = 'validator-12345';
    const variants = [base, `X${base.slice(1)}`, `${base.slice(0, 7)}X${base.slice(8)}`, `${base.slice(0, -1)}X`];
    for (let round = 0; round < 3; round++) for (const id of variants) expect(clientIdOf(id)).toBe(id);
  });

  it('the empty string, one char, and sixteen and seventeen chars (the longest held, the first read another way)', () => {
    for (let round = 0; round < 3; round++) {
      for (const id of ['', 'a', 'sixteen-chars-id', 'seventeen-chars-i', 'seventeen-chars-j']) expect(clientIdOf(id)).toBe(id);
    }
  });

  it('a string with a byte of 128 or more is never held: its ASCII neighbour decodes as itself, é as é, and invalid UTF-8 is still refused', () => {
    const ascii = Uint8Array.from([116, 114, 97, 100, 101, 114, 45, 57]); // trader-9
    for (let round = 0; round < 3; round++) {
      const plain = decodeEnvelope(envelopeWithSender(ascii));
      expect(plain.ok && (plain.value as { sender: string }).sender).toBe('trader-9');
      const accented = ascii.slice();
      accented[0] = 0xc3;
      accented[1] = 0xa9; // é
      const utf8 = decodeEnvelope(envelopeWithSender(accented));
      expect(utf8.ok && (utf8.value as { sender: string }).sender).toBe('éader-9');
      for (const byte of [0xff, 0x80]) {
        const broken = ascii.slice();
        broken[7] = byte;
        expect(decodeEnvelope(envelopeWithSender(broken)).ok).toBe(false);
      }
      expect(clientIdOf('éader-9')).toBe('éader-9');
    }
  });
});
