/**
 * The validator service: a thin main over the shared actor service (see services/kit). Before it
 * connects, it warms up on a scratch chain (packages/actors/src/validator/warm-up.ts; FAULTLINE_WARM_UP=0: none).
 */
import { warmUpValidator, type ValidatorConfig } from '@faultline/actors';
import { runActorService } from '@faultline/service-kit';

await runActorService(['validator'], { warmUp: (spec) => ({ ...warmUpValidator(spec.config as ValidatorConfig) }) });
