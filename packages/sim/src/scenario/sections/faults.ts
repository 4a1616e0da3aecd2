/** The `faults` section: a fault schedule (runtime's parseFaultSchedule: its field table per kind, types, ranges) plus what only a scenario knows — its actors and its end. */
import { FAULT_EVENTS_MAX, FaultScheduleError, parseFaultSchedule, selects, type FaultEvent, type FaultSchedule } from '@faultline/runtime';
import { childPath, describeIds, FieldError, isObject, list, record, show } from '../fields.ts';

export function parseFaults(raw: unknown, path: string, durationUs: number, actors: string[]): FaultSchedule {
  if (raw === undefined) return { version: 1, faults: [] };
  const o = record(raw, path, ['version', 'faults']);
  if (o['version'] !== 1) throw new FieldError(childPath(path, 'version'), `must be 1, got ${show(o['version'])}`);
  const listPath = childPath(path, 'faults');
  const entries = list(o['faults'], listPath, 0, FAULT_EVENTS_MAX);
  const actorSet = new Set(actors);
  const faults = entries.map((entry, index): FaultEvent => {
    const p = `${listPath}[${index}]`;
    if (!isObject(entry)) throw new FieldError(p, `must be an object (a fault event), got ${show(entry)}`);
    let event: FaultEvent;
    try {
      event = parseFaultSchedule({ version: 1, faults: [entry] }).faults[0] as FaultEvent;
    } catch (error) {
      if (!(error instanceof FaultScheduleError)) throw error;
      const detail = error.message.slice(error.path.length + 2);
      throw new FieldError(error.path.replace(/^\$\.faults\[0\]/, p).replace(/^\$/, listPath), detail);
    }
    if (event.atUs >= durationUs) throw new FieldError(`${p}.atUs`, `must be before the run ends (durationUs ${durationUs}): this fault would never happen, got ${event.atUs}`);
    for (const [selectorsPath, selectors] of faultSelectors(event, p)) {
      selectors.forEach((selector, k) => {
        const sp = `${selectorsPath}[${k}]`;
        if (selector.endsWith('*')) {
          if (!actors.some((id) => selects([selector], id))) {
            throw new FieldError(sp, `selects no actor: fault ${index} (${event.kind}) selector "${selector}" matches nothing in this topology (${describeIds(actors)})`);
          }
        } else if (!actorSet.has(selector)) {
          throw new FieldError(sp, `names an unknown actor: fault ${index} (${event.kind}) names "${selector}", not in this topology (${describeIds(actors)})`);
        }
      });
    }
    return event;
  });
  return { version: 1, faults };
}

function faultSelectors(event: FaultEvent, path: string): Array<[string, string[]]> {
  switch (event.kind) {
    case 'partition':
      return event.groups.map((group, g) => [`${path}.groups[${g}]`, group]);
    case 'one-way':
      return [[`${path}.from`, event.from], [`${path}.to`, event.to]];
    case 'link':
    case 'delay-kind':
      return [
        ...(event.from ? [[`${path}.from`, event.from] as [string, string[]]] : []),
        ...(event.to ? [[`${path}.to`, event.to] as [string, string[]]] : []),
      ];
    case 'heal':
    case 'broker-restart':
    case 'broker-kill': // broker node names (nats-N), not actors: checked by the schedule parser
    case 'broker-partition':
      return [];
    default:
      return [[`${path}.actors`, event.actors]];
  }
}
