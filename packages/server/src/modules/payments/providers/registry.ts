import type { PaymentProvider } from './provider.ts';

/**
 * The providers this process can charge through. Process-wide because services receive only a ctx;
 * providers are registered at boot (the payments module's setup registers the sandbox gateway).
 */
export class PaymentProviderRegistry {
  private readonly providers = new Map<string, PaymentProvider>();
  private defaultId: string | undefined;

  /** Replaces a provider with the same id; the first registered becomes the default unless told otherwise. */
  register(provider: PaymentProvider, options: { asDefault?: boolean } = {}): void {
    this.providers.set(provider.id, provider);
    if (options.asDefault || this.defaultId === undefined) this.defaultId = provider.id;
  }

  get(id: string): PaymentProvider | undefined {
    return this.providers.get(id);
  }

  /** The provider new payments go through. */
  default(): PaymentProvider {
    const provider = this.defaultId === undefined ? undefined : this.providers.get(this.defaultId);
    if (!provider) throw new Error('no payment provider registered: the payments module sets one up at boot');
    return provider;
  }
}

export const paymentProviders = new PaymentProviderRegistry();
