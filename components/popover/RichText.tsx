import type { RichNode } from '@/lib/rich-text';

/**
 * Fact text from the pack's restricted rich-text form, rendered as elements and text nodes (never
 * as an HTML string). Links open in a new tab without giving the target page a handle on ours.
 */
export function RichText({ nodes }: { nodes: readonly RichNode[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        if (node.type === 'text') return node.text;
        const children = <RichText nodes={node.children} />;
        if (node.type !== 'link') {
          return node.type === 'em' ? (
            <em key={i}>{children}</em>
          ) : (
            <strong key={i}>{children}</strong>
          );
        }
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        );
      })}
    </>
  );
}
