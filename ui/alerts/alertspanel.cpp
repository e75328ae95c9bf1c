#include "alerts/alertspanel.h"

#include "alerts/alertfilterproxymodel.h"
#include "alerts/alertlistmodel.h"
#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The severity column in the theme's colours for trouble: red critical, amber warning.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto severity = Alert::Severity(index.data(AlertListModel::SeverityRole).toInt());
        if (severity == Alert::Severity::Info)
            return;
        const QColor colour = severity == Alert::Severity::Critical ? QColor(0xc6, 0x28, 0x28)
                                                                    : QColor(0xb2, 0x6a, 0x00);
        option->palette.setColor(QPalette::Text, colour);
        option->font.setBold(true);
    }
};

} // namespace

AlertsPanel::AlertsPanel(AlertListModel *model, PlanningSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_session(session)
    , m_proxy(new AlertFilterProxyModel(this))
    , m_kind(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_proxy->setSourceModel(model);
    m_kind->addItem(tr("All alerts"), -1);
    for (int k = 0; k < Alert::kKindCount; ++k)
        m_kind->addItem(Alert::kindTitle(Alert::Kind(k)), k);
    m_severity->addItem(tr("Any severity"), int(Alert::Severity::Info));
    m_severity->addItem(tr("Warning and worse"), int(Alert::Severity::Warning));
    m_severity->addItem(tr("Critical only"), int(Alert::Severity::Critical));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int k = m_kind->currentData().toInt();
        m_proxy->setKind(k < 0 ? std::nullopt : std::optional<Alert::Kind>(Alert::Kind(k)));
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumSeverity(Alert::Severity(m_severity->currentData().toInt()));
    });

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertListModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setItemDelegateForColumn(AlertListModel::SeverityColumn, new SeverityDelegate(m_view));
    m_view->setColumnWidth(AlertListModel::SeverityColumn, 80);
    m_view->setColumnWidth(AlertListModel::KindColumn, 150);
    m_view->setColumnWidth(AlertListModel::SinceColumn, 130);
    m_view->setColumnWidth(AlertListModel::MachinesColumn, 230);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPanel::currentChanged);
    // The alert shown may change text or go away with a refresh.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlertsPanel::currentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::currentChanged);

    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &AlertsPanel::runAction);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_severity);
    filters->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_details, 1);
    bottom->addWidget(m_action, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    currentChanged();
}

const Alert *AlertsPanel::currentAlert() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->alert(m_proxy->mapToSource(current).row());
}

void AlertsPanel::currentChanged()
{
    const Alert *a = currentAlert();
    if (!a) {
        m_currentKey.clear();
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No alerts: nothing needs a person right now.")
                               : tr("Select an alert to see its cause and what resolves it."));
        m_action->setVisible(false);
        return;
    }
    QString text
        = u"<b>%1</b><br>%2"_s.arg(a->cause.toHtmlEscaped(), a->suggestion.toHtmlEscaped());
    constexpr qsizetype kLines = 6;
    for (qsizetype i = 0; i < a->details.size() && i < kLines; ++i)
        text += u"<br>&nbsp;&nbsp;"_s + a->details[i].toHtmlEscaped();
    if (a->details.size() > kLines)
        text += u"<br>&nbsp;&nbsp;"_s + tr("… and %n more", "", int(a->details.size() - kLines));
    m_details->setText(text);
    m_action->setText(Alert::actionTitle(a->action));
    m_action->setVisible(a->action != Alert::Action::None);
    if (m_currentKey != a->key()) { // a new choice, not a refresh of the same alert
        m_currentKey = a->key();
        selectMachines(*a);
    }
}

void AlertsPanel::selectMachines(const Alert &alert)
{
    QItemSelection selection;
    const MachineTableModel *machines = m_session->machineModel();
    for (const MachineId &id : alert.machines) {
        const int row = machines->rowOf(id);
        if (row >= 0)
            selection.select(machines->index(row, 0), machines->index(row, 0));
    }
    if (selection.isEmpty())
        return;
    Q_EMIT machineToShow(alert.machines.first());
    m_session->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_session->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                 QItemSelectionModel::NoUpdate);
}

void AlertsPanel::runAction()
{
    const Alert *a = currentAlert();
    if (!a)
        return;
    switch (a->action) {
    case Alert::Action::None:
        break;
    case Alert::Action::StartMaintenance:
        Q_EMIT startMaintenanceRequested(a->machines);
        break;
    case Alert::Action::BringUp:
        Q_EMIT stopMaintenanceRequested(a->machines);
        break;
    case Alert::Action::Acknowledge:
        Q_EMIT scheduleAcknowledged();
        break;
    }
}
