#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

/// A fast, compact JSON writer that renders like the master's rapidjson-based `jsonify`: keys in
/// the order written, raw UTF-8 strings, int64 as bare numbers, doubles shortest with `.0` for
/// integral values. Used for the big state documents (10,000 agents) where a DOM is too slow.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /// Starts a member; the next value or begin* call is its value.
    JsonWriter &key(const char *name);
    JsonWriter &value(const QString &s);
    JsonWriter &value(const char *s);
    JsonWriter &value(qint64 n);
    JsonWriter &value(int n) { return value(qint64(n)); }
    JsonWriter &value(double d);
    JsonWriter &value(bool b);
    /// Inserts pre-rendered JSON as one value.
    JsonWriter &raw(const QByteArray &json);

    template<typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

    QByteArray take() { return std::move(m_out); }
    const QByteArray &data() const { return m_out; }

    static void appendDouble(QByteArray &out, double d);
    static void appendString(QByteArray &out, QStringView s);

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_first; ///< per open container: nothing written yet
    bool m_afterKey = false;
};
