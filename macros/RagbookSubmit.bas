Attribute VB_Name = "RagbookSubmit"
' Ragbook: send the active workbook to a Ragbook service and open the annotated copy it returns.
'
' Install: in Excel press Alt+F11, File > Import File..., choose this .bas file. Run the macro
' "SubmitToRagbook" (Alt+F8). Set RAGBOOK_URL below (or in the workbook's defined name
' RagbookUrl) to your service, for example http://localhost:7070. The macro asks for your Ragbook
' token the first time and keeps it for the Excel session only (never in the workbook); a token
' in the environment variable RAGBOOK_TOKEN is used without asking.
'
' A large return is answered 202 and processed in the background: the macro waits, showing the
' rows read in the status bar, and opens the annotated workbook when it is ready.
'
' Why a copy: Excel keeps the open workbook locked, so the macro saves a copy to the temp folder
' and uploads that; the analyst's own file is never changed.
Option Explicit

Private Const RAGBOOK_URL As String = "http://localhost:7070"
Private sessionToken As String

Public Sub SubmitToRagbook()
    Dim baseUrl As String: baseUrl = ServiceUrl()
    Dim copyPath As String: copyPath = Environ$("TEMP") & "\ragbook-upload-" & Format(Now, "yyyymmddhhnnss") & ".xlsx"
    ActiveWorkbook.SaveCopyAs copyPath

    Dim boundary As String: boundary = "----RagbookBoundary" & Format(Now, "yyyymmddhhnnss")
    Dim body() As Byte: body = MultipartBody(copyPath, ActiveWorkbook.Name, boundary)

    Dim token As String: token = RagbookToken()
    If Len(token) = 0 Then Exit Sub
    Dim http As Object: Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "POST", baseUrl & "/api/returns?channel=api", False
    http.setRequestHeader "Authorization", "Bearer " & token
    http.setRequestHeader "Content-Type", "multipart/form-data; boundary=" & boundary
    http.setRequestHeader "Accept", "application/json"
    http.send body
    Kill copyPath

    If http.Status = 401 Then sessionToken = ""
    If http.Status <> 200 And http.Status <> 201 And http.Status <> 202 Then
        MsgBox "Ragbook refused the return (" & http.Status & "):" & vbCrLf & JsonField(http.responseText, "detail"), _
            vbExclamation, "Ragbook"
        Exit Sub
    End If

    Dim answer As String: answer = http.responseText
    If http.Status = 202 Then answer = AwaitResult(baseUrl & http.getResponseHeader("Location") & "?observations=false", token)
    If JsonField(answer, "status") <> "annotated" Then
        MsgBox "Ragbook could not annotate the return (" & JsonField(answer, "status") & "):" & vbCrLf & _
            JsonField(answer, "error"), vbExclamation, "Ragbook"
        Exit Sub
    End If

    Dim annotatedUrl As String: annotatedUrl = JsonField(answer, "annotated")
    If Left$(annotatedUrl, 1) = "/" Then annotatedUrl = baseUrl & annotatedUrl
    Dim resultPath As String: resultPath = Environ$("TEMP") & "\" & Replace(ActiveWorkbook.Name, ".xlsx", "") & "-annotated.xlsx"
    DownloadTo annotatedUrl, resultPath, token
    Workbooks.Open resultPath
End Sub

' The token from RAGBOOK_TOKEN, or asked for once per Excel session; empty when the user cancels.
Private Function RagbookToken() As String
    If Len(sessionToken) = 0 Then sessionToken = Environ$("RAGBOOK_TOKEN")
    If Len(sessionToken) = 0 Then sessionToken = Trim$(InputBox("Your Ragbook token (rb_...):", "Ragbook"))
    RagbookToken = sessionToken
End Function

' Polls a queued submission until it is no longer received or processing, showing the rows read.
Private Function AwaitResult(ByVal url As String, ByVal token As String) As String
    Dim http As Object, status As String
    Do
        Application.Wait Now + TimeValue("0:00:01")
        Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
        http.Open "GET", url, False
        http.setRequestHeader "Authorization", "Bearer " & token
        http.send
        status = JsonField(http.responseText, "status")
        Application.StatusBar = "Ragbook: " & status & ", " & JsonNumber(http.responseText, "rowsRead") & " of " & _
            JsonNumber(http.responseText, "rowsTotal") & " rows read"
        DoEvents
    Loop While status = "received" Or status = "processing"
    Application.StatusBar = False
    AwaitResult = http.responseText
End Function

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

Private Sub DownloadTo(ByVal url As String, ByVal path As String, ByVal token As String)
    Dim http As Object: Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "GET", url, False
    http.setRequestHeader "Authorization", "Bearer " & token
    http.send
    Dim stream As Object: Set stream = CreateObject("ADODB.Stream")
    stream.Type = 1: stream.Open: stream.Write http.responseBody
    stream.SaveToFile path, 2
    stream.Close
End Sub

' Reads one string field from a JSON answer ("annotated", "detail", "status", "error"): the first
' "name" that is a key (followed by a colon), not a value that happens to be the same word.
Private Function JsonField(ByVal json As String, ByVal name As String) As String
    Dim i As Long: i = KeyEnd(json, name)
    If i = 0 Then Exit Function
    i = InStr(i, json, """")
    Dim j As Long: j = InStr(i + 1, json, """")
    If i > 0 And j > i Then JsonField = Mid$(json, i + 1, j - i - 1)
End Function

' The position just after the colon of the key "name", or 0 when the answer has no such key.
Private Function KeyEnd(ByVal json As String, ByVal name As String) As Long
    Dim key As String: key = """" & name & """"
    Dim i As Long: i = InStr(1, json, key)
    Do While i > 0
        Dim k As Long: k = i + Len(key)
        Do While Mid$(json, k, 1) = " "
            k = k + 1
        Loop
        If Mid$(json, k, 1) = ":" Then
            KeyEnd = k + 1
            Exit Function
        End If
        i = InStr(i + 1, json, key)
    Loop
End Function

' Reads one number field from a JSON answer, such as "rowsRead".
Private Function JsonNumber(ByVal json As String, ByVal name As String) As String
    Dim i As Long: i = KeyEnd(json, name)
    If i = 0 Then Exit Function
    Dim j As Long: j = i
    Do While j <= Len(json) And InStr("0123456789 ", Mid$(json, j, 1)) > 0
        j = j + 1
    Loop
    JsonNumber = Trim$(Mid$(json, i, j - i))
End Function
