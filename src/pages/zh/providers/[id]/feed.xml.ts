/** `/zh/providers/<id>/feed.xml`: a provider's feed in Chinese. */
import { providerFeed } from '../../../providers/[id]/feed.xml.ts';

export { getStaticPaths } from '../../../providers/[id]/feed.xml.ts';
export const GET = providerFeed('zh');
