/** The liquidator service: a thin main over the shared actor service (see services/kit). */
import { runActorService } from '@faultline/service-kit';

await runActorService(['liquidator']);
