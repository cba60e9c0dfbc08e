/** Shapes of API answers the screens read: the shared contract, re-exported for the renderer. */
export type { CreatedDevice, QueueSnapshot, ServicePointToday, Session } from '../../../shared/api';
export type { Device, Service, ServicePoint, Settings, Staff, Ticket, Zone } from '../../../shared/domain';
