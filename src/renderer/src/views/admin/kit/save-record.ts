/**
 * The one save flow of a setup form: a new record is created whole; an existing one is sent only the fields that
 * changed (nothing at all when none did); the form is closed with a line saying what happened.
 */
import type { TFunction } from 'i18next';
import { changedFields } from './form-problem';
import type { FormDone } from './SetupSection';

export async function saveRecord<D extends object>(step: {
  /** The record as it was (as a draft), or null for a new one. */
  before: D | null;
  draft: D;
  create: (draft: D) => Promise<unknown>;
  update: (patch: Partial<D>) => Promise<unknown>;
  /** The record's name, for the line the manager reads. */
  name: string;
  done: FormDone;
  t: TFunction<'admin'>;
}): Promise<void> {
  const { before, draft, done, t, name } = step;
  if (!before) {
    await step.create(draft);
    return done(t('form.created', { name }));
  }
  const patch = changedFields(before, draft);
  if (Object.keys(patch).length === 0) return done(t('form.noChanges'));
  await step.update(patch);
  done(t('form.saved', { name }));
}
