/**
 * The voice through the API (docs/voice.md): every screen reads the settings and what it can play; setup
 * changes the settings, saves the center's recordings, and exports or imports a voice pack (rows in
 * src/shared/contract/endpoint-rows/voice.ts) and serves a recording's audio; the bundled voice's files are static
 * assets beside the table.
 */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../../shared/errors';
import { VOICE_PACK_FORMAT, type VoicePack } from '../../../shared/voice-settings';
import type { Actor } from '../../events/event-log';
import type { RouteContext } from '../context';
import { CACHED_FOR_GOOD, type Handlers } from '../endpoints';
import { BUNDLED_VOICE_BASE } from '../../voice/bundled-voice';

type VoiceEndpoint =
  'voice' | 'updateVoice' | 'saveRecording' | 'retireRecording' | 'voiceAudio' | 'exportVoicePack' | 'importVoicePack';

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
    voiceAudio: ({ id }) => {
      const { mime, audio } = voice.recordings.audio(id);
      return { contentType: mime, body: audio };
    },
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
 * The bundled voice's files by name: shipped with Lượt and the same in every center, so they are static assets
 * outside /api (like the screens' own files), open without sign-in; their addresses carry Lượt's version. A
 * center's own recordings are the `voiceAudio` row of the table.
 */
export function bundledVoiceFiles(app: FastifyInstance, { core }: RouteContext): void {
  app.get(`${BUNDLED_VOICE_BASE}*`, async (request, reply) => {
    const name = (request.params as { '*': string })['*'];
    const file = core.voice.bundled.file(name);
    if (!file)
      throw notFound('VOICE_FILE_NOT_FOUND', {
        vi: 'Không có tệp giọng đọc này trong bộ giọng kèm theo.',
        en: 'The bundled voice has no such file.',
      });
    return reply.type(file.type).header('Cache-Control', CACHED_FOR_GOOD).send(file.bytes);
  });
}
