#pragma once

#include "agent.h"
#include "inverseofferstatus.h"
#include "live/agentdrain.h"
#include "machineid.h"
#include "machinemode.h"
#include "machineplan.h"
#include "maintenancestatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

class DraftSchedule;

/// One row per machine: every machine that has an agent, is in the draft or the live schedule, or
/// is reported DRAINING/DOWN. Live data arrives through plain setters that apply minimal changes
/// (dataChanged naming the roles, inserts and removals, never a reset); draft edits arrive from the
/// DraftSchedule. Rows keep the order in which machines were first seen; sorting is the proxy's.
class MachineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        HostnameColumn,
        IpColumn,
        ZoneColumn,
        ModeColumn,
        WindowColumn,
        TasksColumn,
        ReadinessColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        MachineIdRole = Qt::UserRole + 1, ///< MachineId
        HostnameRole, ///< QString
        IpRole, ///< QString
        ZoneRole, ///< QString, empty when unknown
        ModeRole, ///< int (MachineMode)
        WindowIdRole, ///< WindowId, 0 when unscheduled in the draft
        WindowStartRole, ///< qint64 ns, invalid when unscheduled
        PlanRole, ///< MachinePlan
        ReadinessRole, ///< int (MachinePlan::Readiness)
        AnswersRole, ///< QString: the inverse-offer answers, one per line
        TaskCountRole, ///< int
        AgentDrainRole, ///< int (AgentDrain::State) of the machine's agents
        LastRole
    };
    Q_ENUM(Role)

    explicit MachineTableModel(DraftSchedule *draft, QObject *parent = nullptr);

    void setAgents(const QList<Agent> &agents);
    void setStatus(const MaintenanceStatus &status);
    /// Framework names for the answers and readiness texts (id → name).
    void setFrameworkNames(const QHash<QString, QString> &names);
    /// Times in the Window column: UTC or local.
    void setDisplayUtc(bool utc);

    int rowOf(const MachineId &machine) const { return m_rowOf.value(machine, -1); }
    MachineId machineAt(int row) const { return m_rows.at(row).id; }
    DraftSchedule *draft() const { return m_draft; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct AgentInfo
    {
        QString zone;
        int agents = 0;
        qint64 tasks = 0;
        QStringList frameworks; ///< with tasks on the machine, over all its agents
        AgentDrain::State drain = AgentDrain::State::None;
        friend bool operator==(const AgentInfo &, const AgentInfo &) = default;
    };
    struct StatusInfo
    {
        MachineMode mode = MachineMode::Up;
        QList<InverseOfferStatus> answers;
        friend bool operator==(const StatusInfo &, const StatusInfo &) = default;
    };
    struct Row
    {
        MachineId id;
        AgentInfo agent;
        StatusInfo status;
    };

    MachinePlan planOf(const Row &row) const;
    DrainReadiness readinessOf(const Row &row) const;
    QString answersText(const Row &row) const;
    QString readinessText(const Row &row) const;
    QString zoneOf(const Row &row) const;
    QString frameworkName(const QString &id) const { return m_frameworkNames.value(id, id); }
    bool wanted(const MachineId &machine) const;
    /// Brings the rows of @p machines in line with the current sources and reports the changes.
    void sync(const QList<MachineId> &machines, const QList<int> &roles);
    void emitRowsChanged(QList<int> rows, const QList<int> &roles);

    QPointer<DraftSchedule> m_draft;
    QList<Row> m_rows;
    QHash<MachineId, int> m_rowOf;
    QHash<MachineId, AgentInfo> m_agents;
    QHash<MachineId, StatusInfo> m_status;
    bool m_utc = false;
    QHash<QString, QString> m_frameworkNames;
    QHash<MachineId, QString> m_knownZones; ///< kept when a machine's agents go away (DOWN)
};
