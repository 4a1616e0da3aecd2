/**
 * The interval a committed block closes: the one rule behind the block-gap breaker and every
 * block-gap figure (the run summaries, summary.json, the report's chart and summary row).
 *
 * Block 1 carries the chain's genesis time (BFT time has no earlier commit to take a median
 * from), not a real time: the interval from it to block 2 is the network's start-up — seconds
 * or minutes of processes coming up in a live run — not a gap. So blocks 1 and 2 close no
 * interval (undefined); from block 3 on it is the block's time minus its predecessor's.
 */
export function blockIntervalUs(height: number, previousTimeUs: number, timeUs: number): number | undefined {
  return height <= 2 ? undefined : timeUs - previousTimeUs;
}
