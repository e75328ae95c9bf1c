#pragma once

#include <QItemSelectionModel>
#include <QList>
#include <QPointer>

class QAbstractProxyModel;

/// A view's selection model over a chain of proxies that mirrors one shared selection model on
/// their source: what the user selects in the view is mapped to the source and selected there,
/// and every change of the shared selection (from any view) is mapped back. Rows a proxy hides
/// (filtered out, in a collapsed zone) stay selected in the shared model and show again when the
/// proxy shows them. Selection is by rows, mapped by each proxy's mapSelectionToSource(): a row
/// that stands for others (a zone header) selects those, and is itself never shown selected.
/// Like KDE's KLinkItemSelectionModel, reduced to the flat models Slipway uses.
class LinkedSelectionModel : public QItemSelectionModel
{
    Q_OBJECT
public:
    /// @p model must reach @p shared's model through QAbstractProxyModel::sourceModel() steps.
    LinkedSelectionModel(QAbstractItemModel *model, QItemSelectionModel *shared,
                         QObject *parent = nullptr);

    QItemSelectionModel *shared() const { return m_shared; }

    using QItemSelectionModel::select;
    void select(const QItemSelection &selection,
                QItemSelectionModel::SelectionFlags command) override;

private:
    QItemSelection toShared(const QItemSelection &selection) const;
    QItemSelection fromShared(const QItemSelection &selection) const;
    void syncFromShared();

    QPointer<QItemSelectionModel> m_shared;
    QList<QAbstractProxyModel *> m_chain; ///< from this model down to the one above the source
    bool m_syncing = false;
};
