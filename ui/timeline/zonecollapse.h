#pragma once

#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QString>

class QItemSelectionModel;
class ZoneGroupModel;

/// The one way to collapse or expand a zone, whichever view asked (a click on a header in the
/// timeline or the list, the keyboard, Return on a header). ZoneGroupModel removes a collapsed
/// zone's rows, which drops them from the selection; this remembers which of them were selected
/// and selects them again when the zone is expanded, so collapsing does not lose a selection.
class ZoneCollapse
{
public:
    /// Collapses or expands the zone of @p row (a header or any row of the zone).
    void setCollapsed(ZoneGroupModel *groups, QItemSelectionModel *selection, int row,
                      bool collapsed);
    void toggle(ZoneGroupModel *groups, QItemSelectionModel *selection, int row);

private:
    /// Per collapsed zone: its selected rows, as indexes of the group model's source.
    QHash<QString, QList<QPersistentModelIndex>> m_hiddenSelection;
};
