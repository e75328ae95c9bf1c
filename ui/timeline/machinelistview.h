#pragma once

#include <QTreeView>

/// The machine list beside the timeline: a flat QTreeView over the ZoneGroupModel, one row per
/// timeline row. Typing searches the hostnames, "-", "+" and "*" included (a tree takes those for
/// collapse and expand; hostnames have dashes). A zone header behaves as one: a click on its
/// arrow, a double-click, Return or Space toggles the zone, Left and Right collapse and expand
/// it; a click elsewhere on it selects its machines (the selection model maps a header to them).
/// The zone itself is collapsed by whoever owns the collapse state, through the signals.
class MachineListView : public QTreeView
{
    Q_OBJECT
public:
    explicit MachineListView(QWidget *parent = nullptr);

    /// Width from the left edge of a header row within which a click toggles the zone.
    int headerArrowWidth() const;

Q_SIGNALS:
    void zoneToggleRequested(int row);
    void zoneCollapseRequested(int row, bool collapsed);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    bool isHeader(const QModelIndex &index) const;
};
