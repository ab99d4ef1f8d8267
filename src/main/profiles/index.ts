export { ProfileService, type ProfileServiceOptions } from './service';
export { createProfileService, type DeskClient, type DeskProfileService } from './create';
export { DEMO_PROFILE_ID, type DemoCredentials, type DemoSandboxSource } from './demo';
export type { ClientFactory, ProfileClientConfig } from './client-port';
export type { ConnectionProbe, ConnectionProber } from './connection-test';
