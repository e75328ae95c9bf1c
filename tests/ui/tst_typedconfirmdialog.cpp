#include "drain/typedconfirmdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// The irreversible step's confirmation: the button only once the hostname is typed.
class tst_TypedConfirmDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okOnlyWithTheHostnameTyped()
    {
        TypedConfirmDialog dialog(u"Drain"_s, u"Gone for good."_s, u"h1: 3 tasks"_s,
                                  u"h1.example.com"_s, u"Drain and Mark Gone"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.field(), u"h1.example"_s);
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.field(), u".com"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::keyClick(dialog.field(), Qt::Key_Backspace);
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.okButton()->text(), u"Drain and Mark Gone"_s);
    }
};

QTEST_MAIN(tst_TypedConfirmDialog)
#include "tst_typedconfirmdialog.moc"
