/** `/zh/feed.xml`: the timeline feed in Chinese. */
import { timelineFeed } from '../feed.xml.ts';

export const GET = timelineFeed('zh');
