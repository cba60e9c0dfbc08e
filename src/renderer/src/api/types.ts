/** Shapes of API answers the screens read: the shared contract, re-exported for the renderer. */
export type { QueueSnapshot, Session } from '../../../shared/api';
export type { Device, Service, ServicePoint, Settings, Ticket } from '../../../shared/domain';
