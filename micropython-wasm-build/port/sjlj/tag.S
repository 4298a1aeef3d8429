# micropython4j: the wasm exception tag thrown by __wasm_longjmp (sjlj.c); payload: one i32.
	.hidden	__c_longjmp
	.globl	__c_longjmp
	.tagtype	__c_longjmp i32
__c_longjmp:
