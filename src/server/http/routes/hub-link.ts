/** Handlers of the center's side of the province hub: identity, the signed weekly file, sending (docs/hub.md). */
import canonicalize from 'canonicalize';
import { weekFileName } from '../../../shared/contract/week-file';
import { serviceDayOf } from '../../../shared/time';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type HubLinkEndpoint =
  'centerIdentity' | 'updateCenterIdentity' | 'weeklyFile' | 'hubSending' | 'updateHubSending' | 'sendToHubNow';

export const WEEK_FILE_TYPE = 'application/vnd.luot.week+json; charset=utf-8';

export function hubLinkHandlers({ core }: RouteContext): Handlers<HubLinkEndpoint> {
  const { identity, files, sender } = core.hubLink;
  return {
    centerIdentity: () => identity.get(),
    updateCenterIdentity: (patch) => identity.update(patch),
    weeklyFile: async ({ week }) => {
      const now = core.now();
      const file = await files.make(week ?? serviceDayOf(now), now);
      return {
        contentType: WEEK_FILE_TYPE,
        // The file as its own canonical JSON (RFC 8785), signature included: one line, the same bytes every time.
        body: `${canonicalize(file)}\n`,
        fileName: weekFileName(file.center.code, file.week, file.version),
      };
    },
    hubSending: () => sender.status(),
    updateHubSending: (patch) => sender.update(patch),
    sendToHubNow: async () => {
      await sender.run();
      return sender.status();
    },
  };
}
