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

const invalid = {
  code: 'validation_failed',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Ungültige Eingabe', en: 'Invalid input' },
} as const;
const vapid = {
  ...invalid,
  hint: {
    de: 'Erzeugen Sie ein Schlüsselpaar mit generateVapidKeys().',
    en: 'Generate a key pair with generateVapidKeys().',
  },
} as const;
const subscriptionKey = {
  ...invalid,
  hint: {
    de: 'Senden Sie den Wert aus PushSubscription.toJSON().keys unverändert.',
    en: 'Send the value of PushSubscription.toJSON().keys unchanged.',
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
  notify_unknown_topic: {
    ...invalid,
    message: { de: 'Unbekanntes Thema „{topic}“.', en: 'Unknown topic "{topic}".' },
    hint: {
      de: 'Die Themen nennt GET /topics.',
      en: 'List the topics with GET /topics.',
    },
  },
  notify_unknown_area: {
    ...invalid,
    message: { de: 'Unbekanntes Gebiet „{area}“.', en: 'Unknown area "{area}".' },
    hint: { de: 'Bekannte Gebiete: {known}.', en: 'Known areas: {known}.' },
  },
  notify_bad_installation_id: {
    ...invalid,
    message: {
      de: 'Die Id der Installation muss eine UUID sein.',
      en: 'The installation id must be a UUID.',
    },
    hint: {
      de: 'Erzeugen Sie sie einmal je Installation mit crypto.randomUUID().',
      en: 'Use crypto.randomUUID() once per installation.',
    },
  },
  notify_bad_time_zone: {
    ...invalid,
    message: {
      de: '„{timezone}“ ist keine IANA-Zeitzone.',
      en: '"{timezone}" is not an IANA time zone.',
    },
    hint: { de: 'Nutzen Sie z. B. „Europe/Berlin“.', en: 'Use e.g. "Europe/Berlin".' },
  },
  notify_body_not_json: {
    ...invalid,
    message: { de: 'Der Inhalt der Anfrage ist kein JSON.', en: 'The request body is not JSON.' },
    hint: {
      de: 'Senden Sie Content-Type: application/json mit einem JSON-Objekt.',
      en: 'Send Content-Type: application/json with a JSON object.',
    },
  },
  notify_no_subscription: {
    ...invalid,
    message: {
      de: 'Diese Installation hat kein Push-Abonnement.',
      en: 'This installation has no push subscription.',
    },
    hint: {
      de: 'Schalten Sie zuerst Benachrichtigungen auf diesem Gerät ein.',
      en: 'Switch notifications on for this device first.',
    },
  },
  notify_endpoint_mismatch: {
    ...invalid,
    message: {
      de: 'endpoint muss die Adresse des Abonnements sein.',
      en: 'endpoint must be the subscription’s URL.',
    },
  },
  notify_no_single_installation: {
    ...invalid,
    message: {
      de: 'installationId: Die Redaktion sendet an ein Thema, nicht an eine einzelne Installation.',
      en: 'installationId: editors send to a topic, not to one installation.',
    },
    hint: {
      de: 'Lassen Sie installationId weg und nennen Sie das Thema.',
      en: 'Leave installationId out and name the topic.',
    },
  },
  vapid_incomplete: {
    ...invalid,
    message: {
      de: '{name} ist nicht gesetzt, die anderen VAPID-Variablen aber schon.',
      en: '{name} is not set, but the other VAPID variables are.',
    },
    hint: {
      de: 'Setzen Sie alle drei VAPID-Variablen, oder keine, damit beim ersten Start Schlüssel erzeugt werden.',
      en: 'Set all three VAPID variables, or none to generate keys at first start.',
    },
  },
  vapid_bad_subject: {
    ...invalid,
    message: {
      de: 'Der VAPID-Absender muss eine mailto:- oder https:-Adresse sein, ist aber „{subject}“.',
      en: 'The VAPID subject must be a mailto: or https: URL, got "{subject}".',
    },
    hint: {
      de: 'Nutzen Sie z. B. mailto:rathaus@musterstadt.de.',
      en: 'Use e.g. mailto:rathaus@musterstadt.de.',
    },
  },
  vapid_bad_public_key: {
    ...vapid,
    message: {
      de: 'Der öffentliche VAPID-Schlüssel muss ein unkomprimierter P-256-Punkt sein (65 Bytes, base64url).',
      en: 'The VAPID public key must be an uncompressed P-256 point (65 bytes, base64url).',
    },
  },
  vapid_bad_private_key: {
    ...vapid,
    message: {
      de: 'Der private VAPID-Schlüssel muss 32 Bytes lang sein, base64url.',
      en: 'The VAPID private key must be 32 bytes, base64url.',
    },
  },
  vapid_private_key_invalid: {
    ...vapid,
    message: {
      de: 'Der private VAPID-Schlüssel ist kein gültiger P-256-Schlüssel.',
      en: 'The VAPID private key is not a valid P-256 key.',
    },
  },
  vapid_keys_mismatch: {
    ...invalid,
    message: {
      de: 'Der öffentliche VAPID-Schlüssel gehört nicht zum privaten.',
      en: 'The VAPID public key does not belong to the private key.',
    },
    hint: { de: 'Nutzen Sie die zwei Schlüssel eines Paars.', en: 'Use the two keys of one pair.' },
  },
  push_key_p256dh_invalid: {
    ...subscriptionKey,
    message: {
      de: '{field} muss ein unkomprimierter öffentlicher P-256-Schlüssel sein (65 Bytes, base64url).',
      en: '{field} must be an uncompressed P-256 public key (65 bytes, base64url).',
    },
  },
  push_key_p256dh_off_curve: {
    ...subscriptionKey,
    message: {
      de: '{field} ist kein Punkt der Kurve P-256.',
      en: '{field} is not a point on the P-256 curve.',
    },
  },
  push_key_auth_invalid: {
    ...subscriptionKey,
    message: {
      de: '{field} muss 16 Bytes lang sein, base64url.',
      en: '{field} must be 16 bytes, base64url.',
    },
  },
});
