#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

/// Help → Keyboard Shortcuts: every command of the menus that has a key, read from the menu bar
/// (so the list cannot drift from the menus), and the keys of the timeline and the machine list
/// that are no menu command (arrows, +/−, zone headers, type-ahead).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &where, const QString &what, const QString &keys);

    QTableWidget *m_table = nullptr;
};
