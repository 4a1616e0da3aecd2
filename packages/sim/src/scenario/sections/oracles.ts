/** The `oracle` (defaults for every oracle) and `oracleOverrides` (per oracle: parameters, behaviour, outages) sections. */
import { DEFAULT_ORACLE, type OracleBehaviour, type OracleParams, type OracleSpec, type Outage, type ScenarioOracles } from '../schema.ts';
import { childPath, describeIds, dict, field, FieldError, int, intIn, isObject, list, oneOf, or, record, show } from '../fields.ts';
import { LIMITS, RANGES } from '../ranges.ts';

const ORACLE_PARAM_FIELDS = ['reportIntervalUs', 'noiseBps', 'lagUs'] as const;
const BEFORE_END = 'before the run ends (durationUs)';

function oracleParams(o: Record<string, unknown>, path: string, defaults: OracleParams): OracleParams {
  return {
    reportIntervalUs: field(o, 'reportIntervalUs', path, defaults.reportIntervalUs, intIn(RANGES.oracleReportIntervalUs)),
    noiseBps: field(o, 'noiseBps', path, defaults.noiseBps, intIn(RANGES.oracleNoiseBps)),
    lagUs: field(o, 'lagUs', path, defaults.lagUs, intIn(RANGES.oracleLagUs)),
  };
}

export function parseOracles(rawDefaults: unknown, rawOverrides: unknown, ids: string[], durationUs: number): ScenarioOracles {
  const defaults = oracleParams(record(or(rawDefaults, {}), 'oracle', ORACLE_PARAM_FIELDS), 'oracle', DEFAULT_ORACLE);
  const overrides = dict(or(rawOverrides, {}), 'oracleOverrides');
  const byId = new Map<string, OracleSpec>();
  for (const [id, value] of Object.entries(overrides)) {
    const path = childPath('oracleOverrides', id);
    if (!ids.includes(id)) throw new FieldError(path, `is not an oracle of this topology (${describeIds(ids)})`);
    const o = record(value, path, [...ORACLE_PARAM_FIELDS, 'behaviour', 'outages']);
    byId.set(id, {
      id,
      ...oracleParams(o, path, defaults),
      behaviour: parseBehaviour(o['behaviour'], `${path}.behaviour`, durationUs),
      outages: outages(o['outages'], `${path}.outages`, durationUs),
    });
  }
  return { defaults, perOracle: ids.map((id) => byId.get(id) ?? { id, ...defaults, behaviour: { kind: 'honest' }, outages: [] }) };
}

function parseBehaviour(raw: unknown, path: string, durationUs: number): OracleBehaviour {
  if (raw === undefined) return { kind: 'honest' };
  if (!isObject(raw)) throw new FieldError(path, `must be an object { kind: "honest" | "manipulate" | "frozen", ... }, got ${show(raw)}`);
  const kind = oneOf(raw['kind'], `${path}.kind`, ['honest', 'manipulate', 'frozen']);
  const fromUs = (v: unknown, p: string) => int(v, p, 0, durationUs - 1, BEFORE_END);
  switch (kind) {
    case 'honest':
      record(raw, path, ['kind']);
      return { kind };
    case 'manipulate': {
      const o = record(raw, path, ['kind', 'biasBps', 'fromUs']);
      const biasBps = int(o['biasBps'], `${path}.biasBps`, RANGES.oracleBiasBps.min, RANGES.oracleBiasBps.max, 'a relative bias in bps: > -100 %, at most +100000 % (Synthetix 2019 was 1000x)');
      return { kind, biasBps, fromUs: field(o, 'fromUs', path, 0, fromUs) };
    }
    default: {
      const o = record(raw, path, ['kind', 'fromUs']);
      return { kind: 'frozen', fromUs: fromUs(o['fromUs'], `${path}.fromUs`) };
    }
  }
}

/** Outage windows (an oracle's, the external venue's disconnects): each starts before the run ends. */
export function outages(raw: unknown, path: string, durationUs: number): Outage[] {
  return list(or(raw, []), path, 0, LIMITS.outagesMax).map((entry, index) => {
    const p = `${path}[${index}]`;
    const o = record(entry, p, ['atUs', 'durationUs']);
    return {
      atUs: int(o['atUs'], `${p}.atUs`, 0, durationUs - 1, BEFORE_END),
      durationUs: int(o['durationUs'], `${p}.durationUs`, RANGES.outageDurationUs.min, RANGES.outageDurationUs.max),
    };
  });
}
