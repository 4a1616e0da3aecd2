/** The trader service: a thin main over the shared actor service (see services/kit). */
import { runActorService } from '@faultline/service-kit';

await runActorService(['noise-trader', 'leveraged-trader', 'stale-arb-trader', 'margin-trader']);
