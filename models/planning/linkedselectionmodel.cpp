#include "planning/linkedselectionmodel.h"

#include <QAbstractProxyModel>

#include <algorithm>

namespace {

/// Whole rows [first, last] of @p model, merged into as few ranges as their order allows.
QItemSelection rowRanges(QList<int> rows, const QAbstractItemModel *model)
{
    QItemSelection out;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        out.append(
            QItemSelectionRange(model->index(rows[i], 0), model->index(rows[j], lastColumn)));
        i = j + 1;
    }
    return out;
}

} // namespace

LinkedSelectionModel::LinkedSelectionModel(QAbstractItemModel *model, QItemSelectionModel *shared,
                                           QObject *parent)
    : QItemSelectionModel(model, parent)
    , m_shared(shared)
{
    for (QAbstractItemModel *m = model; m && m != shared->model();) {
        auto *proxy = qobject_cast<QAbstractProxyModel *>(m);
        Q_ASSERT_X(proxy, "LinkedSelectionModel", "the model does not reach the shared one");
        if (!proxy)
            break;
        m_chain.append(proxy);
        m = proxy->sourceModel();
    }
    connect(shared, &QItemSelectionModel::selectionChanged, this,
            &LinkedSelectionModel::syncFromShared);
    // Rows that appear in this model (a filter cleared, a zone expanded) show their selection.
    connect(model, &QAbstractItemModel::rowsInserted, this, &LinkedSelectionModel::syncFromShared);
    connect(model, &QAbstractItemModel::modelReset, this, &LinkedSelectionModel::syncFromShared);
    connect(model, &QAbstractItemModel::layoutChanged, this, &LinkedSelectionModel::syncFromShared);
    syncFromShared();
}

void LinkedSelectionModel::select(const QItemSelection &selection,
                                  QItemSelectionModel::SelectionFlags command)
{
    if (m_syncing || !m_shared) {
        QItemSelectionModel::select(selection, command);
        return;
    }
    // The shared model decides; its selectionChanged brings the result back here.
    const QItemSelection mapped = toShared(selection);
    if (mapped.isEmpty() && !(command & QItemSelectionModel::Clear))
        return;
    m_shared->select(mapped, command | QItemSelectionModel::Rows);
}

QItemSelection LinkedSelectionModel::toShared(const QItemSelection &selection) const
{
    // Whole rows: column 0 is enough, and each proxy decides what a row stands for (a zone
    // header in ZoneGroupModel stands for its machines).
    QItemSelection mapped;
    for (const QItemSelectionRange &range : selection) {
        if (range.isValid())
            mapped.append(QItemSelectionRange(range.model()->index(range.top(), 0),
                                              range.model()->index(range.bottom(), 0)));
    }
    for (const QAbstractProxyModel *proxy : m_chain)
        mapped = proxy->mapSelectionToSource(mapped);
    QList<int> rows;
    for (const QItemSelectionRange &range : std::as_const(mapped)) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    return rowRanges(rows, m_shared->model());
}

QItemSelection LinkedSelectionModel::fromShared(const QItemSelection &selection) const
{
    QList<int> rows;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            QModelIndex index = m_shared->model()->index(row, 0);
            for (auto it = m_chain.crbegin(); it != m_chain.crend() && index.isValid(); ++it)
                index = (*it)->mapFromSource(index);
            if (index.isValid())
                rows.append(index.row());
        }
    }
    return rowRanges(rows, model());
}

void LinkedSelectionModel::syncFromShared()
{
    if (!m_shared || m_syncing)
        return;
    const QItemSelection mapped = fromShared(m_shared->selection());
    if (mapped == selection())
        return;
    m_syncing = true;
    QItemSelectionModel::select(mapped, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}
