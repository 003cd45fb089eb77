/** `/zh/regions/<code>/feed.xml`: a region's feed in Chinese. */
import { regionFeed } from '../../../regions/[code]/feed.xml.ts';

export { getStaticPaths } from '../../../regions/[code]/feed.xml.ts';
export const GET = regionFeed('zh');
