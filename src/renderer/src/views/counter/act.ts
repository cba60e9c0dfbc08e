/** How a counter screen takes a step: an endpoint of the table by name; true when it was done. */
import type { JsonEndpointName } from '../../../../shared/contract/endpoints';
import type { InputArgs } from '../../api/client';

export type Act = <N extends JsonEndpointName>(name: N, ...args: InputArgs<N>) => Promise<boolean>;
