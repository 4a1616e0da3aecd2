/**
 * A core's durable log read back: every record decoded with the wire's never-throwing decoder,
 * in order. A record that does not decode is an error naming the actor and the record — a
 * restart refuses a corrupt log rather than run on half of it (no record is skipped).
 */
import { decodeMessage } from '@faultline/protocol';

type LogType = Parameters<typeof decodeMessage>[0];
type Decoded<K extends LogType> = Extract<ReturnType<typeof decodeMessage<K>>, { ok: true }>['value'];

/** `actor` names it in the error, e.g. `oracle oracle-1`. */
export function decodeLogRecords<K extends LogType>(type: K, entries: readonly Uint8Array[], actor: string): Array<Decoded<K>> {
  return entries.map((entry, index) => {
    const decoded = decodeMessage(type, entry);
    if (!decoded.ok) throw new Error(`${actor}: corrupt log record ${index}: ${decoded.error.message}`);
    return decoded.value as Decoded<K>;
  });
}
