/**
 * The execution service: a thin main over the shared actor service (see services/kit). A live
 * execution node publishes each BlockExecuted ahead of its own record of the block
 * (ExecutionConfig.executedBeforeRecord, unless its spec says otherwise;
 * FAULTLINE_EXECUTED_AFTER_RECORD=1: after, as before — for side-by-side benches).
 */
import { actorFactoryFromSpec, type ExecutionConfig } from '@faultline/actors';
import { runActorService } from '@faultline/service-kit';

await runActorService(['execution'], {
  factory: (spec) => {
    if (spec.kind !== 'execution') return actorFactoryFromSpec(spec);
    const config = spec.config as ExecutionConfig;
    return actorFactoryFromSpec({ ...spec, config: { ...config, executedBeforeRecord: config.executedBeforeRecord ?? process.env['FAULTLINE_EXECUTED_AFTER_RECORD'] !== '1' } });
  },
});
