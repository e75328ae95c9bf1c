#pragma once

#include "alerts/alert.h"

#include <QSortFilterProxyModel>

#include <optional>

/// Sorts the Alerts panel (by AlertListModel::SortRole) and filters it by kind and by least
/// severity.
class AlertFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertFilterProxyModel(QObject *parent = nullptr);

    /// Only alerts of @p kind; nothing: every kind.
    void setKind(std::optional<Alert::Kind> kind);
    /// Only alerts at least this severe.
    void setMinimumSeverity(Alert::Severity severity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Alert::Kind> m_kind;
    Alert::Severity m_minimum = Alert::Severity::Info;
};
