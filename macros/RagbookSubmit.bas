Attribute VB_Name = "RagbookSubmit"
' Ragbook: send the active workbook to a Ragbook service and open the annotated copy it returns.
'
' Install: in Excel press Alt+F11, File > Import File..., choose this .bas file. Run the macro
' "SubmitToRagbook" (Alt+F8). Set RAGBOOK_URL below (or in the workbook's defined name
' RagbookUrl) to your service, for example http://localhost:7070.
'
' Why a copy: Excel keeps the open workbook locked, so the macro saves a copy to the temp folder
' and uploads that; the analyst's own file is never changed.
Option Explicit

Private Const RAGBOOK_URL As String = "http://localhost:7070"

Public Sub SubmitToRagbook()
    Dim baseUrl As String: baseUrl = ServiceUrl()
    Dim copyPath As String: copyPath = Environ$("TEMP") & "\ragbook-upload-" & Format(Now, "yyyymmddhhnnss") & ".xlsx"
    ActiveWorkbook.SaveCopyAs copyPath

    Dim boundary As String: boundary = "----RagbookBoundary" & Format(Now, "yyyymmddhhnnss")
    Dim body() As Byte: body = MultipartBody(copyPath, ActiveWorkbook.Name, boundary)

    Dim http As Object: Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "POST", baseUrl & "/api/returns", False
    http.setRequestHeader "Content-Type", "multipart/form-data; boundary=" & boundary
    http.setRequestHeader "Accept", "application/json"
    http.send body
    Kill copyPath

    If http.Status <> 200 And http.Status <> 201 And http.Status <> 202 Then
        MsgBox "Ragbook refused the return (" & http.Status & "):" & vbCrLf & JsonField(http.responseText, "detail"), _
            vbExclamation, "Ragbook"
        Exit Sub
    End If

    Dim annotatedUrl As String: annotatedUrl = JsonField(http.responseText, "annotated")
    If Left$(annotatedUrl, 1) = "/" Then annotatedUrl = baseUrl & annotatedUrl
    Dim resultPath As String: resultPath = Environ$("TEMP") & "\" & Replace(ActiveWorkbook.Name, ".xlsx", "") & "-annotated.xlsx"
    DownloadTo annotatedUrl, resultPath
    Workbooks.Open resultPath
End Sub

Private Function ServiceUrl() As String
    On Error Resume Next
    ServiceUrl = Evaluate(ActiveWorkbook.Names("RagbookUrl").RefersTo)
    On Error GoTo 0
    If Len(ServiceUrl) = 0 Then ServiceUrl = RAGBOOK_URL
End Function

Private Function MultipartBody(ByVal path As String, ByVal fileName As String, ByVal boundary As String) As Byte()
    Dim stream As Object: Set stream = CreateObject("ADODB.Stream")
    stream.Type = 1: stream.Open
    WriteText stream, "--" & boundary & vbCrLf & _
        "Content-Disposition: form-data; name=""file""; filename=""" & fileName & """" & vbCrLf & _
        "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" & vbCrLf & vbCrLf
    Dim file As Object: Set file = CreateObject("ADODB.Stream")
    file.Type = 1: file.Open: file.LoadFromFile path
    file.CopyTo stream: file.Close
    WriteText stream, vbCrLf & "--" & boundary & "--" & vbCrLf
    stream.Position = 0
    MultipartBody = stream.Read
    stream.Close
End Function

Private Sub WriteText(ByVal stream As Object, ByVal text As String)
    Dim t As Object: Set t = CreateObject("ADODB.Stream")
    t.Type = 2: t.Charset = "utf-8": t.Open: t.WriteText text
    t.Position = 0
    t.Type = 1
    t.Position = 3 ' skip the UTF-8 byte-order mark ADODB writes
    t.CopyTo stream
    t.Close
End Sub

Private Sub DownloadTo(ByVal url As String, ByVal path As String)
    Dim http As Object: Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "GET", url, False
    http.send
    Dim stream As Object: Set stream = CreateObject("ADODB.Stream")
    stream.Type = 1: stream.Open: stream.Write http.responseBody
    stream.SaveToFile path, 2
    stream.Close
End Sub

' Reads one string field from a flat JSON answer; enough for "annotated" and "detail".
Private Function JsonField(ByVal json As String, ByVal name As String) As String
    Dim key As String: key = """" & name & """"
    Dim i As Long: i = InStr(1, json, key)
    If i = 0 Then Exit Function
    i = InStr(i + Len(key), json, """")
    Dim j As Long: j = InStr(i + 1, json, """")
    If i > 0 And j > i Then JsonField = Mid$(json, i + 1, j - i - 1)
End Function
