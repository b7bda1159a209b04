import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardNode } from '../../../shared/board/schema.ts';
import { usePreferences } from '../stores/index.ts';
import { translatedTemplate } from '../translatedTemplate.ts';
import type { EdgeKind, Naming } from './elements.ts';

/** The accessible names of nodes and edges, in the UI language. */
export function useNaming(captionId: string, presenter: boolean): Naming {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  return useMemo<Naming>(() => {
    const nodeName = translatedTemplate((values) => t('graph.nodeName', values), ['type', 'label']);
    const edgeName = translatedTemplate((values) => t('graph.edgeName', values), ['from', 'kind', 'to']);
    // Each type's and kind's name asked for once, not once per node and edge.
    const typeNames = new Map<BoardNode['type'], string>();
    const kindNames = new Map<EdgeKind, string>();
    const typeName = (type: BoardNode['type']) =>
      typeNames.get(type) ?? typeNames.set(type, t(`graph.nodeTypes.${type}`)).get(type)!;
    const kindName = (kind: EdgeKind) =>
      kindNames.get(kind) ?? kindNames.set(kind, t(`graph.edgeKinds.${kind}`)).get(kind)!;
    return {
      nodeName: (node) => nodeName({ type: typeName(node.type), label: node.label[language] }),
      edgeName: (from, kind, to, full) =>
        [
          edgeName({
            from: from.label[language],
            kind: kindName(kind),
            to: to.label[language],
          }),
          full?.[language],
        ]
          .filter(Boolean)
          .join(': '),
      describedBy: presenter ? undefined : captionId,
    };
  }, [t, language, captionId, presenter]);
}

/** React Flow's own labels (controls, minimap, keyboard help), translated. */
export function useFlowAriaLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('graph.a11y.nodeDefault'),
      'node.a11yDescription.keyboardDisabled': t('graph.a11y.keyboardDisabled'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('graph.a11y.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('graph.a11y.edgeDefault'),
      'controls.ariaLabel': t('graph.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('graph.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('graph.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('graph.a11y.fitView'),
      'controls.interactive.ariaLabel': t('graph.a11y.interactive'),
      'minimap.ariaLabel': t('graph.a11y.minimap'),
      'handle.ariaLabel': t('graph.a11y.handle'),
    }),
    [t],
  );
}
