/**
 * The voice through the API (docs/voice.md): every screen reads the settings and what it can play; setup
 * changes the settings, saves the center's recordings, and exports or imports a voice pack (rows in
 * src/shared/contract/endpoint-rows/voice.ts). The audio files are static resources served beside the table.
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../shared/errors';
import { idParam } from '../../../shared/schemas';
import { VOICE_PACK_FORMAT, type VoicePack } from '../../../shared/voice-settings';
import type { Actor } from '../../events/event-log';
import { requireRole } from '../auth';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';
import { parse } from '../parse';
import { BUNDLED_VOICE_BASE } from '../../voice/bundled-voice';

/** Bundled files change only with a new Lượt (their URLs carry its version); recordings never change. */
const FOREVER = 'public, max-age=31536000, immutable';

type VoiceEndpoint =
  'voice' | 'updateVoice' | 'saveRecording' | 'retireRecording' | 'exportVoicePack' | 'importVoicePack';

export function voiceHandlers({ core }: RouteContext): Handlers<VoiceEndpoint> {
  const { voice, events, log, setup } = core;
  /** A voice change, recorded (who, which fields) and told to every screen after it commits. */
  const changed = <T>(actor: Actor, fields: string[], change: () => T): T =>
    events.run(() => {
      const result = change();
      log.setup('voice', 'updated', null, actor, fields);
      return result;
    });
  return {
    voice: () => voice.setup(),
    updateVoice: (patch, { actor }) =>
      changed(actor, Object.keys(patch), () => ({ settings: voice.settings.update(patch) })),
    saveRecording: (input, { actor }) =>
      changed(actor, ['recording'], () => ({ recording: voice.recordings.save([input], 'recorded')[0]! })),
    retireRecording: ({ key }, { actor }) =>
      changed(actor, ['recording'], () => {
        voice.recordings.retire(key);
        return null;
      }),
    exportVoicePack: () => {
      const pack: VoicePack = {
        format: VOICE_PACK_FORMAT,
        version: 1,
        exportedAt: core.now(),
        centerName: setup.settings().centerNameVi,
        segments: voice.recordings.exportAll(),
      };
      return { contentType: 'application/json', body: JSON.stringify(pack), fileName: 'luot-voice-pack.json' };
    },
    importVoicePack: (pack, { actor }) =>
      changed(actor, ['pack'], () => {
        voice.recordings.save(pack.segments, 'imported');
        return { imported: pack.segments.length };
      }),
  };
}

/**
 * Static audio, cached for good (it never changes): a recording by id (signed-in screens only), and the bundled
 * segments by file name (shipped with Lượt, the same everywhere: outside /api, no sign-in).
 */
export const VOICE_FILE_ROUTES = ['GET /api/voice/audio/:id'] as const;

export function voiceFileRoutes(app: FastifyInstance, { core }: RouteContext): void {
  const { voice } = core;
  const anyone = requireRole('admin', 'greeter', 'counter', 'display', 'reports', 'rating');
  app.get('/api/voice/audio/:id', { preHandler: anyone }, async (request, reply) => {
    const { mime, audio } = voice.recordings.audio(parse(idParam, request.params).id);
    return reply.type(mime).header('Cache-Control', FOREVER).send(audio);
  });
  app.get(`${BUNDLED_VOICE_BASE}*`, async (request, reply) => {
    const name = (request.params as { '*': string })['*'];
    const file = voice.bundled.file(name);
    if (!file)
      throw notFound('VOICE_FILE_NOT_FOUND', {
        vi: 'Không có tệp giọng đọc này trong bộ giọng kèm theo.',
        en: 'The bundled voice has no such file.',
      });
    return reply.type(file.type).header('Cache-Control', FOREVER).send(file.bytes);
  });
}
