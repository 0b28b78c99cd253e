import { Type } from 'typebox';

// The WebAuthn JSON shapes that @simplewebauthn/browser sends and expects (WebAuthn Level 3 §5.1),
// so the browser library's output passes strict validation as it is.

const Base64Url = (maxLength: number) => Type.String({ pattern: '^[A-Za-z0-9_-]*$', maxLength });
const Transport = Type.String({ maxLength: 20 });
const Transports = Type.Array(Transport, { maxItems: 8 });
const CredentialDescriptor = Type.Object(
  { id: Base64Url(1400), type: Type.String({ maxLength: 20 }), transports: Type.Optional(Transports) },
  { additionalProperties: false },
);
const UserVerification = Type.Union([
  Type.Literal('required'),
  Type.Literal('preferred'),
  Type.Literal('discouraged'),
]);
const Hints = Type.Array(Type.String(), { maxItems: 3 });
/** Browser extension outputs (credProps, prf, ...) are passed through unread. */
const ExtensionResults = Type.Record(Type.String({ maxLength: 40 }), Type.Unknown(), { maxProperties: 16 });
const Attachment = Type.Optional(Type.Union([Type.Literal('platform'), Type.Literal('cross-platform')]));

export const RegistrationOptionsSchema = Type.Object(
  {
    challenge: Base64Url(512),
    rp: Type.Object(
      { name: Type.String(), id: Type.Optional(Type.String()) },
      { additionalProperties: false },
    ),
    user: Type.Object(
      { id: Base64Url(128), name: Type.String(), displayName: Type.String() },
      { additionalProperties: false },
    ),
    pubKeyCredParams: Type.Array(
      Type.Object({ alg: Type.Integer(), type: Type.Literal('public-key') }, { additionalProperties: false }),
    ),
    timeout: Type.Optional(Type.Integer()),
    excludeCredentials: Type.Optional(Type.Array(CredentialDescriptor)),
    authenticatorSelection: Type.Optional(
      Type.Object(
        {
          authenticatorAttachment: Attachment,
          residentKey: Type.Optional(Type.String()),
          requireResidentKey: Type.Optional(Type.Boolean()),
          userVerification: Type.Optional(UserVerification),
        },
        { additionalProperties: false },
      ),
    ),
    attestation: Type.Optional(Type.String()),
    extensions: Type.Optional(
      Type.Object({ credProps: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
    ),
    hints: Type.Optional(Hints),
  },
  {
    additionalProperties: false,
    description: 'Pass to startRegistration({ optionsJSON }) of @simplewebauthn/browser',
  },
);

export const AuthenticationOptionsSchema = Type.Object(
  {
    challenge: Base64Url(512),
    rpId: Type.Optional(Type.String()),
    timeout: Type.Optional(Type.Integer()),
    allowCredentials: Type.Optional(Type.Array(CredentialDescriptor)),
    userVerification: Type.Optional(UserVerification),
    hints: Type.Optional(Hints),
  },
  {
    additionalProperties: false,
    description: 'Pass to startAuthentication({ optionsJSON }) of @simplewebauthn/browser',
  },
);

export const RegistrationResponseSchema = Type.Object(
  {
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: Base64Url(4096),
        attestationObject: Base64Url(32768),
        authenticatorData: Type.Optional(Base64Url(16384)),
        transports: Type.Optional(Transports),
        publicKeyAlgorithm: Type.Optional(Type.Integer()),
        publicKey: Type.Optional(Base64Url(4096)),
      },
      { additionalProperties: false },
    ),
    authenticatorAttachment: Attachment,
    clientExtensionResults: ExtensionResults,
  },
  { additionalProperties: false, description: 'What startRegistration() resolved with' },
);

export const AuthenticationResponseSchema = Type.Object(
  {
    id: Base64Url(1400),
    rawId: Base64Url(1400),
    type: Type.Literal('public-key'),
    response: Type.Object(
      {
        clientDataJSON: Base64Url(4096),
        authenticatorData: Base64Url(16384),
        signature: Base64Url(2048),
        userHandle: Type.Optional(Base64Url(128)),
      },
      { additionalProperties: false },
    ),
    authenticatorAttachment: Attachment,
    clientExtensionResults: ExtensionResults,
  },
  { additionalProperties: false, description: 'What startAuthentication() resolved with' },
);

export const RegisterBody = Type.Object(
  {
    response: RegistrationResponseSchema,
    label: Type.Optional(
      Type.String({ minLength: 1, maxLength: 60, description: 'A name for it, e.g. "iPhone"' }),
    ),
  },
  { additionalProperties: false },
);

export const PasskeyParams = Type.Object(
  { id: Type.String({ maxLength: 100 }) },
  { additionalProperties: false },
);
