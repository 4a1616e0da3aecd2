/**
 * The referee's books against the engine's state, and the referee still judging — shared by the
 * referee's walk rule tests (referee-walk, referee-walk-edges).
 */
import { expect } from 'vitest';
import { accountHealth } from '@faultline/venue';
import type { Scenario } from './venue-scenario.ts';

export function agrees(v: Scenario): void {
  expect(v.monitor.refereeUnjudged).toBeUndefined();
  const books = v.monitor.books;
  if (!books) throw new Error('no referee');
  for (const account of v.state.accounts) {
    expect([account.id, books.ledger.standing(account.id).equity]).toEqual([account.id, accountHealth(v.state, account).equity]);
  }
  expect(books.ledger.fund).toBe(v.state.insuranceFund);
  const engineOrders = [...v.state.markets.values()].flatMap((m) => [...m.book.orders()].map((o) => `${o.orderId}:${o.sizeLots}`)).sort();
  expect([...books.ledger.orders.values()].map((o) => `${o.orderId}:${o.lots}`).sort()).toEqual(engineOrders);
}
