/** The hub's refusals: a status, a stable code and the words in Vietnamese and English. */
export interface Words {
  vi: string;
  en: string;
}

export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly words: Words,
  ) {
    super(words.en);
  }

  body() {
    return { error: { code: this.code, vi: this.words.vi, en: this.words.en } };
  }
}
