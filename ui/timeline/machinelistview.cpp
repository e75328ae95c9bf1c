#include "machinelistview.h"

#include "planning/zonegroupmodel.h"

#include <QKeyEvent>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

MachineListView::MachineListView(QWidget *parent)
    : QTreeView(parent)
{ }

bool MachineListView::isHeader(const QModelIndex &index) const
{
    return index.isValid() && index.data(ZoneGroupModel::GroupHeaderRole).toBool();
}

int MachineListView::headerArrowWidth() const
{
    // MachineListDelegate draws the arrow ("▸ ") 6 px in from the left.
    return 6 + fontMetrics().horizontalAdvance(u"\u25B8 "_s) + 6;
}

void MachineListView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (isHeader(current) && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
            Q_EMIT zoneCollapseRequested(current.row(), event->key() == Qt::Key_Left);
            event->accept();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            Q_EMIT zoneToggleRequested(current.row());
            event->accept();
            return;
        default:
            break;
        }
    }
    // Printable text searches, whatever QTreeView would otherwise make of it.
    const QString text = event->text();
    const Qt::KeyboardModifiers commandKeys
        = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()
        && !(event->modifiers() & commandKeys)) {
        keyboardSearch(text);
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void MachineListView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (event->button() == Qt::LeftButton && isHeader(index)
        && pos.x() - visualRect(index).left() < headerArrowWidth()) {
        selectionModel()->setCurrentIndex(index.siblingAtColumn(0), QItemSelectionModel::NoUpdate);
        Q_EMIT zoneToggleRequested(index.row());
        event->accept();
        return;
    }
    QTreeView::mousePressEvent(event);
}

void MachineListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && isHeader(index)) {
        Q_EMIT zoneToggleRequested(index.row());
        event->accept();
        return;
    }
    QTreeView::mouseDoubleClickEvent(event);
}
