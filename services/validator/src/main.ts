/**
 * The validator service: a thin main over the shared actor service (see services/kit). Before it
 * connects, with FAULTLINE_WARM_UP=1, it warms up on a scratch chain (packages/actors/src/validator/warm-up.ts; off by default: see services/kit).
 */
import { warmUpValidator, type ValidatorConfig } from '@faultline/actors';
import { runActorService } from '@faultline/service-kit';

await runActorService(['validator'], { warmUp: (spec) => ({ ...warmUpValidator(spec.config as ValidatorConfig) }) });
