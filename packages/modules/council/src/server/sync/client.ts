import { getJson, type HttpOptions, type JsonAnswer } from '../oparl/http.js';

/** The HTTP client of one sync run, counting its requests (staff's figure, the benchmark's). */
export class OParlClient {
  /** Requests sent, each retry and redirect counted. */
  requests = 0;
  private readonly options: HttpOptions;

  constructor(options: HttpOptions) {
    this.options = {
      ...options,
      onRequest: () => {
        this.requests++;
        options.onRequest?.();
      },
    };
  }

  get(url: string): Promise<JsonAnswer> {
    return getJson(url, this.options);
  }
}
