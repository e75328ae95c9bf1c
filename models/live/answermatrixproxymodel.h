#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class MachineTableModel;

/// The answers matrix (InverseOfferModel) as the timeline filters it: a machine's row shows
/// only while the timeline's filter (@p machineFilter, a proxy of @p machines, e.g. the
/// session's MachineFilterProxyModel) shows that machine, so there is one machine filter, not
/// two. Sorts by InverseOfferModel::SortRole: hostnames naturally, answers declined first.
/// Changes of the machine filter re-filter once per event-loop pass.
class AnswerMatrixProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AnswerMatrixProxyModel(QObject *parent = nullptr);

    void setMachineFilter(QSortFilterProxyModel *machineFilter, MachineTableModel *machines);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void scheduleRefilter();

    QPointer<QSortFilterProxyModel> m_machineFilter;
    QPointer<MachineTableModel> m_machines;
    bool m_refilterPending = false;
};
