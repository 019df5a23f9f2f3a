import { defineErrors } from '../entry.js';

const endpointRefused = {
  code: 'push_endpoint_refused',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Push-Dienst nicht angenommen', en: 'Push service not accepted' },
  hint: {
    de: 'Abonnieren Sie erneut in einem aktuellen Browser. Wer einen eigenen Push-Dienst der Stadt betreibt, setzt CITY_APP_PUSH_SERVICES.',
    en: 'Subscribe again in a current browser. An operator who runs a push service of the town sets CITY_APP_PUSH_SERVICES.',
  },
} as const;

/** Refusals of the notification SDK. */
export const notifyErrors = defineErrors({
  push_payload_too_large: {
    status: 413,
    exit: 'invalid_input',
    title: { de: 'Benachrichtigung zu lang', en: 'Notification too long' },
    message: {
      de: 'Die Benachrichtigung hat {bytes} Bytes Klartext; Web Push trägt höchstens {max}.',
      en: 'The notification is {bytes} bytes of plaintext; Web Push carries at most {max}.',
    },
    hint: {
      de: 'Kürzen Sie Titel oder Text; verlinken Sie den ganzen Artikel mit `url`.',
      en: 'Shorten the title or the text; link to the full article with `url` instead.',
    },
  },
  push_endpoint_not_https: {
    ...endpointRefused,
    message: {
      de: 'Ein Push-Endpunkt muss eine https-Adresse sein.',
      en: 'A push endpoint must be an https URL.',
    },
  },
  push_endpoint_unknown_service: {
    ...endpointRefused,
    message: {
      de: 'Der Endpunkt gehört nicht zum Push-Dienst eines Browsers, den diese Stadt annimmt.',
      en: 'The endpoint is not the push service of a browser this town accepts.',
    },
  },
  push_endpoint_not_public: {
    ...endpointRefused,
    message: {
      de: 'Der Endpunkt liegt nicht an einer öffentlichen Adresse.',
      en: 'The endpoint is not on a public address.',
    },
  },
  test_push_too_soon: {
    code: 'too_many_requests',
    status: 429,
    exit: 'invalid_input',
    title: { de: 'Zu früh', en: 'Too soon' },
    message: {
      de: 'An dieses Gerät ging gerade erst eine Test-Benachrichtigung.',
      en: 'A test notification was sent to this device moments ago.',
    },
    hint: {
      de: 'Warten Sie {seconds} Sekunden und versuchen Sie es erneut.',
      en: 'Wait {seconds} seconds and try again.',
    },
  },
});
