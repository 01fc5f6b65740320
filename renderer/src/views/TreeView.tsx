import { ComingSoonView } from './ComingSoonView.tsx';

export function TreeView() {
  return (
    <ComingSoonView id="tree" heading="Tree">
      The whole cascade as one picture: objectives, department goals and tactics, with every link drawn at its strength
      and the gaps highlighted.
    </ComingSoonView>
  );
}
