/** /study (routed by src/plugins/cards): review the self-check cards of the notes with spaced repetition. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import StudyApp from '@site/src/components/StudyApp';

export default function StudyPage(): ReactNode {
  return (
    <Layout title="Study" description="Review the self-check cards of the notes with spaced repetition, offline.">
      <main className="container margin-vert--lg">
        <h1>Review self-check cards</h1>
        <p>
          Each chapter ends its sections with self-check cards. Here they come back when they are due: read the
          question, recall the answer, reveal it (Space) and rate how well you knew it (keys 1 to 4). Cards you knew
          well come back later, cards you missed come back soon.
        </p>
        <noscript>
          <p>Reviews need JavaScript. The cards themselves are in each chapter, under the sections they test.</p>
        </noscript>
        <StudyApp />
      </main>
    </Layout>
  );
}
