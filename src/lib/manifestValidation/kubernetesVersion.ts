/** The Kubernetes release the site targets, from the one data file that names today's versions. */
import versions from '../../data/versions.json';

export const KUBERNETES_VERSION: string = versions.kubernetes;
