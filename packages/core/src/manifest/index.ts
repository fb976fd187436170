/** The afsprakenset manifest (DESIGN.md §7): its types and its run-time check. */
export {
  MANIFEST_LAYERS,
  MANIFEST_STATUSES,
  type Actor,
  type AfsprakensetManifest,
  type Interaction,
  type InteractionPattern,
  type LegalGround,
  type ManifestContext,
  type ManifestData,
  type ManifestLegal,
  type ManifestProcess,
  type ManifestSecurity,
  type ManifestStatus,
  type ManifestTransport,
  type ProcessStep,
  type Scenario,
  type Tekst,
} from './types.js';
export { checkManifest } from './check.js';
