/** Microseconds: every time and duration in Faultline. Integers, never fractions. */
export type Micros = number;

export const US_PER_MS = 1_000;
export const US_PER_SECOND = 1_000_000;

export function micros(ms: number): Micros {
  return Math.round(ms * US_PER_MS);
}
export function seconds(s: number): Micros {
  return Math.round(s * US_PER_SECOND);
}
export function millis(us: Micros): number {
  return us / US_PER_MS;
}
/** Parts per million: probabilities as integers so every random decision is exact. */
export type Ppm = number;
export const PPM_ONE = 1_000_000;
